package uk.gov.pathway.legal.orders.entity;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something that happened to an Education Supervision Order after it was made. */
@Entity
@Table(name = "legal_order_event")
@NamedQuery(name = OrderEvent.OF_ORDER, query = "select e from OrderEvent e where e.orderId = :orderId order by e.onDate, e.id")
public class OrderEvent {

    public static final String OF_ORDER = "OrderEvent.ofOrder";

    /**
     * EXTENDED; PARENT_BREACH (persistent failure to follow the directions, Sch 3 para 18: an offence); CHILD_BREACH
     * (the child's persistent failure, para 19: referred to children's social care); ENDED (early).
     */
    public enum Kind { EXTENDED, PARENT_BREACH, CHILD_BREACH, ENDED }

    @Id
    @SequenceGenerator(name = "legal_seq", sequenceName = "legal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_seq")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Column(name = "note", length = 4000)
    private String note;

    @Column(name = "by_user", nullable = false, length = 100)
    private String by;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    protected OrderEvent() {
    }

    public OrderEvent(long orderId, Kind kind, LocalDate onDate, String note, String by, Instant at) {
        this.orderId = orderId;
        this.kind = kind;
        this.onDate = onDate;
        this.note = note;
        this.by = by;
        this.at = at;
    }

    public Long id() { return id; }
    public long orderId() { return orderId; }
    public Kind kind() { return kind; }
    public LocalDate onDate() { return onDate; }
    public String note() { return note; }
    public String by() { return by; }
}
