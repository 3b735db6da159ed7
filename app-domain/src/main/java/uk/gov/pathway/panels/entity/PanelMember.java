package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person on a panel and the agency they represent. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    @Id
    private Long id;

    @Column(name = "panel_code", nullable = false, length = 30)
    private String panelCode;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency", nullable = false, length = 40)
    private Agency agency;

    protected PanelMember() {
    }

    public String panelCode() {
        return panelCode;
    }

    public String username() {
        return username;
    }

    public Agency agency() {
        return agency;
    }
}
