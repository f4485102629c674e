package dev.ascent.quizzes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One quiz item as written in items.yaml. Fields that do not apply to the type are null, or
 * empty for collections.
 *
 * @param answerIds     single-choice: the one correct id; multiple-response: every correct id;
 *                      ordering: the ids in the correct order
 * @param answerPairs   matching: prompt id -> option id, in prompt order
 * @param answerFormula numeric: the answer as written (a literal number or a formula)
 * @param answerWhen    computed single-choice: option id -> condition
 * @param let           derived values: name -> formula, evaluated in order
 * @param file          items.yaml path as reported in problems
 * @param line          line of the item in that file
 */
public record Item(String id, ItemType type, String stem, List<AuthoredChoice> options, List<AuthoredChoice> prompts,
                   List<String> answerIds, Map<String, String> answerPairs, Boolean answerTrue, String answerFormula,
                   Tolerance tolerance, String unitLabel, List<String> acceptedTexts, String pattern,
                   Map<String, String> answerWhen, List<Param> params, Map<String, String> let, String explanation,
                   List<String> concepts, Difficulty difficulty, String objective, String file, int line) {

    public Item {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        answerIds = List.copyOf(answerIds);
        answerPairs = ordered(answerPairs);
        acceptedTexts = List.copyOf(acceptedTexts);
        answerWhen = ordered(answerWhen);
        params = List.copyOf(params);
        let = ordered(let);
        concepts = List.copyOf(concepts);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** True when the item draws parameters per attempt. */
    public boolean isComputed() {
        return !params.isEmpty();
    }

    /**
     * The parameter and let values for one draw. Parameters are drawn in declaration order from
     * {@code new SplittableRandom(seed ^ id.hashCode())}, so the same seed always gives the same
     * values for this item, and different items with the same seed draw independently.
     *
     * @throws FormulaException when a let formula refers to an unknown name
     */
    public Map<String, Double> drawValues(long seed) {
        Map<String, Double> values = new LinkedHashMap<>(drawParams(seed));
        let.forEach((name, formula) -> values.put(name, Formula.parse(formula).evaluate(values)));
        return Collections.unmodifiableMap(values);
    }

    /** Only the parameters of {@link #drawValues}, without the let values. */
    public Map<String, Double> drawParams(long seed) {
        Map<String, Double> values = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed ^ id.hashCode());
        for (Param p : params) {
            List<Double> candidates = p.candidates();
            if (candidates.isEmpty()) {
                throw new IllegalStateException("item " + id + ": parameter " + p.name() + " has no values");
            }
            values.put(p.name(), candidates.get(random.nextInt(candidates.size())));
        }
        return values;
    }

    /** The option id whose answer-when condition holds for {@code values}; exactly one must. */
    String correctWhen(Map<String, Double> values) {
        List<String> holding = new ArrayList<>();
        answerWhen.forEach((optionId, condition) -> {
            if (Formula.truthy(Formula.parse(condition).evaluate(values))) {
                holding.add(optionId);
            }
        });
        if (holding.size() != 1) {
            throw new IllegalStateException("item " + id + ": " + holding.size() + " answer-when conditions hold for " + values);
        }
        return holding.get(0);
    }

    /**
     * The item for one learner and attempt: values drawn from {@code seed} (see {@link #drawValues}),
     * placeholders filled in stem, options and prompts, and the correct answer for those values.
     * An item without params and let comes back as written, with empty values.
     */
    public RenderedItem render(long seed) {
        Map<String, Double> values = drawValues(seed);
        List<String> correctIds = answerWhen.isEmpty() ? answerIds : List.of(correctWhen(values));
        Double correctNumber = answerFormula == null ? null : Formula.parse(answerFormula).evaluate(values);
        return new RenderedItem(id, type, Placeholders.fill(stem, values), fill(options, values), fill(prompts, values),
                values, correctIds, answerPairs, answerTrue, correctNumber, tolerance, acceptedTexts, pattern);
    }

    /** The explanation with this draw's values filled in. */
    public String explanation(Map<String, Double> values) {
        return Placeholders.fill(explanation, values);
    }

    private static List<AuthoredChoice> fill(List<AuthoredChoice> choices, Map<String, Double> values) {
        if (values.isEmpty()) {
            return choices;
        }
        return choices.stream()
                .map(c -> new AuthoredChoice(c.id(), Placeholders.fill(c.text(), values), Placeholders.fill(c.feedback(), values)))
                .toList();
    }
}
