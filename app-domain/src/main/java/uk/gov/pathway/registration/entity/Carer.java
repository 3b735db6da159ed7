package uk.gov.pathway.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A parent or carer of one or more children known to the service, with how to reach them. */
@Entity
@Table(name = "carer")
public class Carer {

    @Id
    @SequenceGenerator(name = "carer_seq", sequenceName = "carer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carer_seq")
    private Long id;

    @Column(name = "forename", nullable = false, length = 100)
    private String forename;

    @Column(name = "surname", nullable = false, length = 100)
    private String surname;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "postcode", length = 8)
    private String postcode;

    @Version
    private long version;

    protected Carer() {
    }

    public Carer(String forename, String surname) {
        rename(forename, surname);
    }

    public final void rename(String forename, String surname) {
        this.forename = PupilDetails.name("carer's forename", forename);
        this.surname = PupilDetails.name("carer's surname", surname);
    }

    /** How to reach the carer; each part may be empty. */
    public void contact(String phone, String email, String address, String postcode) {
        this.phone = optional("phone", phone, 30);
        this.email = optional("email", email, 200);
        if (this.email != null && !this.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("email is not an e-mail address: '" + email + "'");
        }
        this.address = optional("address", address, 300);
        this.postcode = optional("postcode", postcode, 8);
        if (this.postcode != null) {
            this.postcode = this.postcode.toUpperCase(java.util.Locale.ROOT);
        }
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return stripped;
    }

    public Long id() {
        return id;
    }

    public String forename() {
        return forename;
    }

    public String surname() {
        return surname;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    public long version() {
        return version;
    }
}
