package dev.ascent.identity;

/** A person as other features show them: enough to recognise, nothing about credentials. */
public record PersonRef(String id, String email, String name) {

    public static PersonRef of(Person person) {
        return new PersonRef(person.getId(), person.getEmail(), person.getName());
    }

    /**
     * This person as a provider shows them: with the name that provider entered, else the email's
     * local part; never the account's name, which another provider or the person chose.
     */
    public PersonRef withEnteredName(String enteredName) {
        return new PersonRef(id, email, enteredName != null && !enteredName.isBlank() ? enteredName
                : email.substring(0, email.indexOf('@')));
    }
}
