using System.Collections.Concurrent;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Tests.Validation.Rules;
using SolidarityGraph.GraphQL.Types;
using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Tests.Validation;

/// <summary>One expected validation error: its message and locations (1-based line and column).</summary>
public sealed class ExpectedError(string message, (int Line, int Column)[] locations)
{
    /// <summary>The exact message.</summary>
    public string Message { get; } = message;

    /// <summary>The locations, in order.</summary>
    public (int Line, int Column)[] Locations { get; } = locations;

    /// <inheritdoc/>
    public override string ToString() =>
        Message + " " + string.Join(", ", Locations.Select(l => $"({l.Line}:{l.Column})"));
}

/// <summary>Per-case switches for <see cref="ValidationHarness.ExpectErrorsWith"/>.</summary>
public sealed class CaseOptions
{
    /// <summary>The schema SDL, or <see langword="null"/> for <see cref="HarnessSchema"/>.</summary>
    public string? Schema { get; set; }

    /// <summary>Whether "Did you mean" hints are left out.</summary>
    public bool HideSuggestions { get; set; }
}

/// <summary>
/// The one validation test harness: runs a single rule over a document and compares the errors (messages,
/// locations, order) with the expected ones, and checks that every error carries the rule's stable code and,
/// for spec rules, a link to a section of the pinned spec edition together with that section's number.
/// </summary>
public abstract class ValidationHarness
{
    private static readonly ConcurrentDictionary<string, Schema> Schemas = new(StringComparer.Ordinal);

    /// <summary>The rule under test.</summary>
    protected abstract IValidationRule Rule { get; }

    /// <summary>
    /// The code every error of the rule carries: the rule name without <c>Rule</c> in upper snake case
    /// (<c>UniqueOperationNamesRule</c> → <c>UNIQUE_OPERATION_NAMES</c>), with the SDL variants sharing their base rule's.
    /// </summary>
    protected virtual string ExpectedCode
    {
        get
        {
            var name = Rule.Name.Replace("OnDirectivesRule", "Rule");
            name = name.Substring(0, name.Length - "Rule".Length);
            return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
        }
    }

    /// <summary>Builds (once per SDL text) a schema for tests.</summary>
    public static Schema BuildSchema(string sdl) => Schemas.GetOrAdd(sdl, text => SchemaBuilder.Build(text));

    /// <summary>An expected error.</summary>
    protected static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    /// <summary>Expects <paramref name="query"/> to pass the rule against the harness schema.</summary>
    protected void ExpectValid(string query) => ExpectErrors(query);

    /// <summary>Expects exactly <paramref name="errors"/>, in order, for <paramref name="query"/> against the harness schema.</summary>
    protected void ExpectErrors(string query, params ExpectedError[] errors) =>
        ExpectErrorsWith(new CaseOptions(), query, errors);

    /// <summary>Expects exactly <paramref name="errors"/> for <paramref name="query"/> with a given schema or options.</summary>
    protected void ExpectErrorsWith(CaseOptions options, string query, params ExpectedError[] errors)
    {
        var schema = BuildSchema(options.Schema ?? HarnessSchema.Sdl);
        var document = Parser.Parse(query, new ParserOptions { NoLocation = false });
        var actual = DocumentValidator.Validate(
            schema,
            document,
            new[] { Rule },
            new ValidationOptions { HideSuggestions = options.HideSuggestions });
        Compare(errors, actual);
    }

    /// <summary>Expects the SDL document to pass the rule, optionally as an extension of <paramref name="baseSchema"/>.</summary>
    protected void ExpectSdlValid(string? baseSchema, string sdl) => ExpectSdlErrors(baseSchema, sdl);

    /// <summary>Expects exactly <paramref name="errors"/> for an SDL document, optionally extending <paramref name="baseSchema"/>.</summary>
    protected void ExpectSdlErrors(string? baseSchema, string sdl, params ExpectedError[] errors)
    {
        var schema = baseSchema is null ? null : BuildSchema(baseSchema);
        var actual = DocumentValidator.ValidateSdl(Parser.Parse(sdl), schema, new[] { Rule });
        Compare(errors, actual);
    }

    private void Compare(ExpectedError[] expected, IReadOnlyList<GraphQLError> actual)
    {
        var expectedText = string.Join("\n", expected.Select(e => e.ToString()));
        var actualText = string.Join("\n", actual.Select(e =>
            e.Message + " " + string.Join(", ", e.Locations.Select(l => $"({l.Line}:{l.Column})"))));
        Assert.Equal(expectedText, actualText);

        foreach (var error in actual)
        {
            Assert.False(string.IsNullOrEmpty(error.Code), $"No code on: {error.Message}");
            Assert.Equal(ExpectedCode, error.Code);
            if (error.SpecifiedBy is { } link)
            {
                var section = SpecSectionsOfTheEdition.ByLink(link);
                Assert.True(section is not null, $"{link} is no section of the pinned edition, on: {error.Message}");
                Assert.Equal(section.Number, error.SpecSection);
            }
            else
            {
                Assert.Null(error.SpecSection);
            }
        }
    }
}
