package dev.ascent.identity;

/** A person as other features show them: enough to recognise, nothing about credentials. */
public record PersonRef(String id, String email, String name) {

    public static PersonRef of(Person person) {
        return new PersonRef(person.getId(), person.getEmail(), person.getName());
    }
}
