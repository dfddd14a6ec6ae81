package org.mappings;

import jakarta.persistence.*;

/** Shares its primary key with the customer without @MapsId. */
@Entity
public class Profile {
    @Id Long id;
    String bio;
    @OneToOne @PrimaryKeyJoinColumn Customer customer;
}
