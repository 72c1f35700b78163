package org.kogge;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
/* Lumo first, then Kogge's own plain CSS (src/main/resources/META-INF/resources/styles.css). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class KoggeApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KoggeApplication.class, args);
    }

    /** A ship's sail as the tab's icon (src/main/resources/META-INF/resources/icons/favicon.svg). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
