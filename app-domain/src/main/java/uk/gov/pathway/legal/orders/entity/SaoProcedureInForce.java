package uk.gov.pathway.legal.orders.entity;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A School Attendance Order procedure the council keeps with the day it came into force ({@link SaoProcedure}). */
@Entity
@Table(name = "legal_sao_procedure")
@NamedQuery(name = SaoProcedureInForce.ALL, query = "select p from SaoProcedureInForce p order by p.inForceFrom")
public class SaoProcedureInForce {

    public static final String ALL = "SaoProcedureInForce.all";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "in_force_from", nullable = false)
    private LocalDate inForceFrom;

    @Column(name = "s437_days", nullable = false)
    private int s437Days;

    @Column(name = "s438_days", nullable = false)
    private int s438Days;

    protected SaoProcedureInForce() {
    }

    public SaoProcedureInForce(SaoProcedure p) {
        this.code = p.code();
        this.inForceFrom = p.inForceFrom();
        this.s437Days = p.s437Days();
        this.s438Days = p.s438Days();
    }

    public SaoProcedure procedure() {
        return new SaoProcedure(code, inForceFrom, s437Days, s438Days);
    }
}
