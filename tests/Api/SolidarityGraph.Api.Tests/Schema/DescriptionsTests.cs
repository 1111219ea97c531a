using SolidarityGraph.Api.Schema.Fundings;
using SolidarityGraph.Domain.Organisations;
using SolidarityGraph.Domain.Projects;
using SolidarityGraph.GraphQL.CodeFirst;

namespace SolidarityGraph.Api.Tests.Schema;

/// <summary>
/// <see cref="Descriptions"/> over the Domain's and the Api's real XML documentation: summaries become schema text,
/// references are rendered by their schema names, and what would mean nothing to a schema reader is left out.
/// </summary>
public sealed class DescriptionsTests
{
    [Fact]
    public void AMemberTakesItsSummaryWithReferencesAsFieldNames() =>
        Assert.Equal("Title in `titleLanguage`.", Descriptions.Of(typeof(Project).GetProperty(nameof(Project.Title))));

    [Fact]
    public void APositionalRecordPropertyTakesItsParameterDocumentation() =>
        Assert.Equal("Sum of the known amounts; null when none is known.", Descriptions.Of(typeof(FundingFlow).GetProperty(nameof(FundingFlow.Total))));

    [Fact]
    public void ASummaryThatOnlyRestatesTheNameIsLeftOut()
    {
        Assert.Null(Descriptions.Of(typeof(Result).GetProperty(nameof(Result.Title))));
        Assert.Null(Descriptions.Of(typeof(Project).GetProperty(nameof(Project.Description))));
    }

    [Fact]
    public void AReferenceToADesignDocumentIsDropped() =>
        Assert.Equal(
            "An NGO, cooperative, network, funder, public body or other organisation.",
            Descriptions.Of(typeof(Organisation)));
}
