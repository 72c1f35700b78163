package org.kogge.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin enters for a city. */
public class CityForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.too-long}")
    private String name;

    @Size(max = 120, message = "{validation.too-long}")
    private String state;

    private boolean member = true;

    public CityForm() {
    }

    public CityForm(String name, String state, boolean member) {
        this.name = name;
        this.state = state;
        this.member = member;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public boolean isMember() { return member; }
    public void setMember(boolean member) { this.member = member; }
}
