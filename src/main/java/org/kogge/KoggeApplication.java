package org.kogge;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("kogge")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class KoggeApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KoggeApplication.class, args);
    }
}
