using SolidarityGraph.GraphQL.Validation.Rules;

namespace SolidarityGraph.GraphQL.Validation;

/// <summary>The rule sets the validator applies by default, in the order of the spec (and of graphql-js 17.1.0).</summary>
public static class SpecifiedRules
{
    private static readonly KnownTypeNamesRule KnownTypeNames = new();
    private static readonly KnownDirectivesRule KnownDirectives = new();
    private static readonly UniqueDirectivesPerLocationRule UniqueDirectivesPerLocation = new();
    private static readonly UniqueArgumentNamesRule UniqueArgumentNames = new();
    private static readonly UniqueInputFieldNamesRule UniqueInputFieldNames = new();

    /// <summary>
    /// Rules graphql-js recommends beyond the spec and applies by default: <c>MaxIntrospectionDepthRule</c>, which
    /// stops introspection queries nested deep enough to be expensive.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Recommended { get; } = new IValidationRule[]
    {
        new MaxIntrospectionDepthRule(),
    };

    /// <summary>
    /// The rules of spec §5 for executable documents, followed by <see cref="Recommended"/>. graphql-js's
    /// incremental delivery rules (<c>@defer</c>/<c>@stream</c>) are left out: those directives are not in the spec yet.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Executable { get; } = new IValidationRule[]
    {
        new ExecutableDefinitionsRule(),
        new KnownOperationTypesRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        KnownTypeNames,
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        KnownDirectives,
        UniqueDirectivesPerLocation,
        new KnownArgumentNamesRule(),
        UniqueArgumentNames,
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        UniqueInputFieldNames,
    }.Concat(Recommended).ToArray();

    /// <summary>The rules for type system documents (SDL), checked before a schema is built from them.</summary>
    public static IReadOnlyList<IValidationRule> Sdl { get; } = new IValidationRule[]
    {
        new LoneSchemaDefinitionRule(),
        new UniqueOperationTypesRule(),
        new UniqueTypeNamesRule(),
        new UniqueEnumValueNamesRule(),
        new UniqueFieldDefinitionNamesRule(),
        new UniqueArgumentDefinitionNamesRule(),
        new UniqueDirectiveNamesRule(),
        KnownTypeNames,
        KnownDirectives,
        UniqueDirectivesPerLocation,
        new PossibleTypeExtensionsRule(),
        new KnownArgumentNamesOnDirectivesRule(),
        UniqueArgumentNames,
        UniqueInputFieldNames,
        new ProvidedRequiredArgumentsOnDirectivesRule(),
    };

    /// <summary>Every rule above once, for looking rules up by <see cref="IValidationRule.Name"/>.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
        Executable.Concat(Sdl).GroupBy(r => r.Name, StringComparer.Ordinal).Select(g => g.First()).ToArray();
}
