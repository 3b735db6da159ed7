package uk.gov.pathway.web.view.legal;

import java.io.Serializable;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import uk.gov.pathway.legal.orders.boundary.PupilOrders;

/** A school attendance lead's view of orders: the statuses of their own pupils' orders and contracts only. */
@Named
@ViewScoped
public class SchoolOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PupilOrders orders;

    private List<PupilOrders.OrderStatus> statuses = List.of();

    @PostConstruct
    void load() {
        statuses = orders.ofMyPupils();
    }

    public List<PupilOrders.OrderStatus> getStatuses() {
        return statuses;
    }

    public String label(String kind) {
        return switch (kind) {
            case "EDUCATION_SUPERVISION_ORDER" -> "Education Supervision Order";
            case "SCHOOL_ATTENDANCE_ORDER" -> "School Attendance Order";
            case "PARENTING_CONTRACT" -> "Parenting contract";
            default -> kind;
        };
    }
}
