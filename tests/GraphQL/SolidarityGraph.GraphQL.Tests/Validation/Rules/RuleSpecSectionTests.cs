using System.Reflection;
using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Validation;
using SolidarityGraph.GraphQL.Validation.Rules;
using SolidarityGraph.Testing;

namespace SolidarityGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Every spec rule reports the section it implements (<c>extensions.specSection</c>, <c>extensions.specifiedBy</c>);
/// the number, the link and the rule's <c>// Spec §…</c> comment name the same section of the pinned edition.
/// </summary>
public sealed class RuleSpecSectionTests
{
    /// <summary>Rules graphql-js recommends beyond the spec: they cite no section.</summary>
    private static readonly string[] BeyondTheSpec = { nameof(MaxIntrospectionDepthRule) };

    /// <summary>The rule classes, found in the engine assembly so that a new rule cannot be forgotten here.</summary>
    public static TheoryData<string> SpecRules()
    {
        var data = new TheoryData<string>();
        foreach (var name in RuleTypes().Select(t => t.Name).Where(n => !BeyondTheSpec.Contains(n)).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecRules))]
    public void TheSectionNumberAndLinkNameOneSectionOfTheEdition(string rule)
    {
        var sections = SectionsOf(rule);
        Assert.NotEmpty(sections);
        foreach (var (member, section) in sections)
        {
            var byNumber = SpecSectionsOfTheEdition.ByNumber(section.Number);
            Assert.True(byNumber is not null, $"{rule}.{member}: §{section.Number} is not a section of the pinned edition.");
            Assert.True(
                byNumber.Link == section.Link,
                $"{rule}.{member}: §{section.Number} is \"{byNumber.Title}\" at {byNumber.Link}, but the rule links to {section.Link}.");
        }
    }

    [Theory]
    [MemberData(nameof(SpecRules))]
    public void TheRuleCommentCitesTheSectionItReports(string rule)
    {
        var section = SectionsOf(rule).Single(s => s.Member == "Section").Section;
        var edition = SpecSectionsOfTheEdition.ByNumber(section.Number)!;
        var source = File.ReadAllLines(Path.Combine(
            RepositoryPaths.RepositoryRoot, "src", "GraphQL", "SolidarityGraph.GraphQL", "Validation", "Rules", rule + ".cs"));

        var citation = source.FirstOrDefault(line => line.StartsWith("// Spec §", StringComparison.Ordinal));
        Assert.True(citation is not null, $"{rule} has no // Spec § comment.");
        Assert.StartsWith($"// Spec §{edition.Number} {edition.Title}", citation);
        Assert.Contains("// " + section.Link, source);
    }

    [Fact]
    public void AnErrorOfASpecRuleCarriesItsSectionNumberBesideItsLink()
    {
        var schema = ValidationHarness.BuildSchema(HarnessSchema.Sdl);
        var errors = DocumentValidator.Validate(
            schema,
            Parser.Parse("query A { dog { name } } query A { dog { name } }"),
            new IValidationRule[] { new UniqueOperationNamesRule() });

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorCodes.UniqueOperationNames, error.Extensions[GraphQLError.CodeKey]);
        Assert.Equal(SpecLinks.Edition + "#sec-Operation-Name-Uniqueness", error.Extensions[GraphQLError.SpecifiedByKey]);
        Assert.Equal("5.2.2.1", error.Extensions[GraphQLError.SpecSectionKey]);
    }

    [Fact]
    public void AnErrorOfARuleBeyondTheSpecCitesNoSection()
    {
        var schema = ValidationHarness.BuildSchema(HarnessSchema.Sdl);
        var deep = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }";
        var errors = DocumentValidator.Validate(schema, Parser.Parse(deep), new IValidationRule[] { new MaxIntrospectionDepthRule() });

        var error = Assert.Single(errors);
        Assert.Equal(ValidationErrorCodes.MaxIntrospectionDepth, error.Code);
        Assert.Null(error.SpecifiedBy);
        Assert.Null(error.SpecSection);
    }

    private static IEnumerable<Type> RuleTypes() =>
        typeof(IValidationRule).Assembly.GetTypes().Where(t =>
            t.Namespace == typeof(UniqueOperationNamesRule).Namespace && !t.IsNested && typeof(IValidationRule).IsAssignableFrom(t));

    /// <summary>The rule's <see cref="SpecSection"/> members (<c>Section</c>, and the extra sections some rules also check).</summary>
    private static List<(string Member, SpecSection Section)> SectionsOf(string rule) =>
        RuleTypes().Single(t => t.Name == rule)
            .GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(f => f.FieldType == typeof(SpecSection))
            .Select(f => (f.Name, (SpecSection)f.GetValue(null)!))
            .ToList();
}
