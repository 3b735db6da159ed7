package uk.gov.pathway.kernel.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.gov.pathway.kernel.problem.InvalidInputException;

/** One member of staff in the directory: full name, e-mail and telephone (letters give them), and their manager. */
@Entity
@Table(name = "staff_directory")
@NamedQuery(name = StaffContact.ALL, query = "select c from StaffContact c order by c.username")
public class StaffContact {

    public static final String ALL = "StaffContact.all";

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "email", nullable = false, length = 200)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "manager_username", length = 100)
    private String manager;

    @Version
    private long version;

    protected StaffContact() {
    }

    public StaffContact(String username, String fullName, String email, String phone, String manager) {
        if (username == null || username.isBlank() || username.length() > 100) {
            throw new InvalidInputException("username", "A user name of 1 to 100 characters is required");
        }
        this.username = username;
        update(fullName, email, phone, manager);
    }

    public final void update(String newFullName, String newEmail, String newPhone, String newManager) {
        if (newFullName == null || newFullName.isBlank() || newFullName.length() > 200) {
            throw new InvalidInputException("fullName", "A full name of 1 to 200 characters is required for " + username);
        }
        if (newEmail == null || !newEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || newEmail.length() > 200) {
            throw new InvalidInputException("email", "An e-mail address like name@council.example is required for "
                    + username + "; got '" + newEmail + "'");
        }
        if (newManager != null && (newManager.isBlank() || newManager.length() > 100)) {
            throw new InvalidInputException("manager", "The manager is a user name of 1 to 100 characters, or none");
        }
        if (newPhone != null && !newPhone.isBlank() && !newPhone.strip().matches("[0-9+() -]{6,40}")) {
            throw new InvalidInputException("phone", "A telephone number of digits, spaces and + ( ) - is required for "
                    + username + ", or none; got '" + newPhone + "'");
        }
        phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        fullName = newFullName.strip();
        email = newEmail.strip();
        manager = newManager;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String manager() {
        return manager;
    }
}
