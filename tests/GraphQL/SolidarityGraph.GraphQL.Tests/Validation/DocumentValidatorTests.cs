using SolidarityGraph.GraphQL.Errors;
using SolidarityGraph.GraphQL.Language;
using SolidarityGraph.GraphQL.Validation;

namespace SolidarityGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    private static readonly SolidarityGraph.GraphQL.Types.Schema Schema = ValidationHarness.BuildSchema(HarnessSchema.Sdl);

    [Fact]
    public void ValidDocumentPassesEverySpecifiedRule()
    {
        var document = Parser.Parse("""
            query Pets($surname: Boolean = false, $command: DogCommand!) {
              dog {
                ...DogFields
                doesKnowCommand(dogCommand: $command)
              }
              catOrDog {
                __typename
                ... on Cat { meows furColor }
              }
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: ["a", null] })
                oneOfArgField(oneOfArg: { intField: 3 })
              }
            }

            fragment DogFields on Dog {
              name(surname: $surname) @include(if: true)
              mother { name }
            }
            """);

        Assert.Empty(DocumentValidator.Validate(Schema, document));
    }

    [Fact]
    public void ReportsErrorsOfSeveralRulesInOneWalk()
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse("""
            query Q { dog { unknownField } }
            query Q { dog { name(surname: "yes") } }
            """));

        Assert.Equal(
            new[]
            {
                "Cannot query field \"unknownField\" on type \"Dog\".",
                "There can be only one operation named \"Q\".",
                "Boolean cannot represent a non boolean value: \"yes\"",
            },
            errors.Select(e => e.Message));
        Assert.Equal(
            new[] { ValidationErrorCodes.FieldsOnCorrectType, ValidationErrorCodes.UniqueOperationNames, ValidationErrorCodes.ValuesOfCorrectType },
            errors.Select(e => e.Code));
    }

    [Fact]
    public void ErrorsCarryCodeAndSpecLink()
    {
        var error = Assert.Single(DocumentValidator.Validate(Schema, Parser.Parse("{ dog { name } } { cat { name } }"))
            .Where(e => e.Code == ValidationErrorCodes.LoneAnonymousOperation).Take(1));

        Assert.Equal(SpecLinks.Edition + "#sec-Lone-Anonymous-Operation", error.SpecifiedBy);
        Assert.Equal(new SourceLocation(1, 1), error.Locations[0]);
    }

    [Fact]
    public void StopsAtMaxErrorsWithTheGraphQLJsMessage()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"unknown{i}")) + " }";

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(query), options: new ValidationOptions { MaxErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[3].Message);
        Assert.Equal(ValidationErrorCodes.TooManyErrors, errors[3].Code);
        Assert.Empty(errors[3].Locations);
    }

    [Fact]
    public void DefaultCapIsOneHundredErrors()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " }";

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(query, ParserOptions.Trusted));

        Assert.Equal(ValidationOptions.DefaultMaxErrors + 1, errors.Count);
        Assert.Equal(ValidationErrorCodes.TooManyErrors, errors[errors.Count - 1].Code);
    }

    [Fact]
    public void HideSuggestionsLeavesOutDidYouMean()
    {
        var document = Parser.Parse("{ dog { nam } }");

        var shown = DocumentValidator.Validate(Schema, document);
        var hidden = DocumentValidator.Validate(Schema, document, options: new ValidationOptions { HideSuggestions = true });

        Assert.Equal("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", Assert.Single(shown).Message);
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", Assert.Single(hidden).Message);
    }

    [Fact]
    public void EmptySelectionSetsCanBeRejected()
    {
        var document = Parser.Parse("{ dog { } }");

        Assert.Empty(DocumentValidator.Validate(Schema, document));
        var error = Assert.Single(DocumentValidator.Validate(Schema, document, options: new ValidationOptions { AllowEmptySelectionSets = false }));
        Assert.Equal("Field \"dog\" of type \"Dog\" must have at least one field selected.", error.Message);
    }

    [Fact]
    public void DescriptionsAreNotValidatedAsValues()
    {
        var document = Parser.Parse("\"\"\"Fetches a dog\"\"\" query Q { dog { name } }");

        Assert.Empty(DocumentValidator.Validate(Schema, document));
    }

    [Fact]
    public void SdlRulesRunTogether()
    {
        var errors = DocumentValidator.ValidateSdl(Parser.Parse("""
            type A { f: String f: Int }
            type A { g: Unknown }
            extend type Missing { x: Int }
            """));

        Assert.Equal(
            new[]
            {
                "Cannot extend type \"Missing\" because it is not defined.",
                "Field \"A.f\" can only be defined once.",
                "There can be only one type named \"A\".",
                "Unknown type \"Unknown\".",
            },
            errors.Select(e => e.Message).OrderBy(m => m, StringComparer.Ordinal));
        Assert.All(errors, e => Assert.StartsWith(SpecLinks.Edition, e.SpecifiedBy));
    }

    [Fact]
    public void DeeplyNestedFragmentsStayFast()
    {
        // Each fragment spreads the next twice: naive expansion would compare 2^40 field pairs.
        var fragments = string.Join("\n", Enumerable.Range(0, 40).Select(i =>
            $"fragment F{i} on Dog {{ name mother {{ ...F{i + 1} }} father {{ ...F{i + 1} }} }}"));
        var document = Parser.Parse("{ dog { ...F0 } }\n" + fragments + "\nfragment F40 on Dog { name }", ParserOptions.Trusted);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var errors = DocumentValidator.Validate(Schema, document);

        Assert.Empty(errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
