namespace SolidarityGraph.GraphQL.Errors;

/// <summary>
/// Stable codes of validation errors (spec §5 and the SDL rules of §3), reported as <c>extensions.code</c>.
/// One code per rule, spelt after the rule; a code never changes meaning or spelling in a patch release.
/// </summary>
public static class ValidationErrorCodes
{
    /// <summary>More errors than <c>ValidationOptions.MaxErrors</c>; validation stopped.</summary>
    public const string TooManyErrors = "VALIDATION_TOO_MANY_ERRORS";

    /// <summary>The document needed more fragment work than the validator allows; validation stopped.</summary>
    public const string Aborted = "VALIDATION_ABORTED";

    /// <summary>§5.1.1 Executable Definitions.</summary>
    public const string ExecutableDefinitions = "EXECUTABLE_DEFINITIONS";

    /// <summary>§5.2.1.1 Operation Type Existence.</summary>
    public const string KnownOperationTypes = "KNOWN_OPERATION_TYPES";

    /// <summary>§5.2.2.1 Operation Name Uniqueness.</summary>
    public const string UniqueOperationNames = "UNIQUE_OPERATION_NAMES";

    /// <summary>§5.2.3.1 Lone Anonymous Operation.</summary>
    public const string LoneAnonymousOperation = "LONE_ANONYMOUS_OPERATION";

    /// <summary>§5.2.4.1 Single Root Field.</summary>
    public const string SingleFieldSubscriptions = "SINGLE_FIELD_SUBSCRIPTIONS";

    /// <summary>§5.3.1 Field Selections.</summary>
    public const string FieldsOnCorrectType = "FIELDS_ON_CORRECT_TYPE";

    /// <summary>§5.3.2 Field Selection Merging.</summary>
    public const string OverlappingFieldsCanBeMerged = "OVERLAPPING_FIELDS_CAN_BE_MERGED";

    /// <summary>§5.3.3 Leaf Field Selections.</summary>
    public const string ScalarLeafs = "SCALAR_LEAFS";

    /// <summary>§5.4.1 Argument Names.</summary>
    public const string KnownArgumentNames = "KNOWN_ARGUMENT_NAMES";

    /// <summary>§5.4.2 Argument Uniqueness.</summary>
    public const string UniqueArgumentNames = "UNIQUE_ARGUMENT_NAMES";

    /// <summary>§5.4.3 Required Arguments.</summary>
    public const string ProvidedRequiredArguments = "PROVIDED_REQUIRED_ARGUMENTS";

    /// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
    public const string UniqueFragmentNames = "UNIQUE_FRAGMENT_NAMES";

    /// <summary>§5.5.1.2 Fragment Spread Type Existence (and every other named type reference).</summary>
    public const string KnownTypeNames = "KNOWN_TYPE_NAMES";

    /// <summary>§5.5.1.3 Fragments on Object, Interface or Union Types.</summary>
    public const string FragmentsOnCompositeTypes = "FRAGMENTS_ON_COMPOSITE_TYPES";

    /// <summary>§5.5.1.4 Fragments Must Be Used.</summary>
    public const string NoUnusedFragments = "NO_UNUSED_FRAGMENTS";

    /// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
    public const string KnownFragmentNames = "KNOWN_FRAGMENT_NAMES";

    /// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
    public const string NoFragmentCycles = "NO_FRAGMENT_CYCLES";

    /// <summary>§5.5.2.3 Fragment Spread Is Possible.</summary>
    public const string PossibleFragmentSpreads = "POSSIBLE_FRAGMENT_SPREADS";

    /// <summary>§5.6.1 Values of Correct Type (and §5.6.2, §5.6.4 input object fields).</summary>
    public const string ValuesOfCorrectType = "VALUES_OF_CORRECT_TYPE";

    /// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
    public const string UniqueInputFieldNames = "UNIQUE_INPUT_FIELD_NAMES";

    /// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are in Valid Locations.</summary>
    public const string KnownDirectives = "KNOWN_DIRECTIVES";

    /// <summary>§5.7.3 Directives Are Unique per Location.</summary>
    public const string UniqueDirectivesPerLocation = "UNIQUE_DIRECTIVES_PER_LOCATION";

    /// <summary>§5.8.1 Variable Uniqueness.</summary>
    public const string UniqueVariableNames = "UNIQUE_VARIABLE_NAMES";

    /// <summary>§5.8.2 Variables Are Input Types.</summary>
    public const string VariablesAreInputTypes = "VARIABLES_ARE_INPUT_TYPES";

    /// <summary>§5.8.3 All Variable Uses Defined.</summary>
    public const string NoUndefinedVariables = "NO_UNDEFINED_VARIABLES";

    /// <summary>§5.8.4 All Variables Used.</summary>
    public const string NoUnusedVariables = "NO_UNUSED_VARIABLES";

    /// <summary>§5.8.5 All Variable Usages Are Allowed.</summary>
    public const string VariablesInAllowedPosition = "VARIABLES_IN_ALLOWED_POSITION";

    /// <summary>Introspection nested deeper than graphql-js's recommended limit (not a spec rule).</summary>
    public const string MaxIntrospectionDepth = "MAX_INTROSPECTION_DEPTH";

    /// <summary>§3.3 Schema: at most one schema definition.</summary>
    public const string LoneSchemaDefinition = "LONE_SCHEMA_DEFINITION";

    /// <summary>§3.3.1 Root Operation Types: each operation type defined once.</summary>
    public const string UniqueOperationTypes = "UNIQUE_OPERATION_TYPES";

    /// <summary>§3.4 Types: type names are unique.</summary>
    public const string UniqueTypeNames = "UNIQUE_TYPE_NAMES";

    /// <summary>§3.9 Enums: enum value names are unique within their enum.</summary>
    public const string UniqueEnumValueNames = "UNIQUE_ENUM_VALUE_NAMES";

    /// <summary>§3.6 Objects (and interfaces, input objects): field names are unique within their type.</summary>
    public const string UniqueFieldDefinitionNames = "UNIQUE_FIELD_DEFINITION_NAMES";

    /// <summary>§3.6.1 Field Arguments (and directive arguments): argument names are unique.</summary>
    public const string UniqueArgumentDefinitionNames = "UNIQUE_ARGUMENT_DEFINITION_NAMES";

    /// <summary>§3.13 Directives: directive names are unique.</summary>
    public const string UniqueDirectiveNames = "UNIQUE_DIRECTIVE_NAMES";

    /// <summary>§3.4.3 Type Extensions: an extension extends a defined type of the same kind.</summary>
    public const string PossibleTypeExtensions = "POSSIBLE_TYPE_EXTENSIONS";
}
