using SolidarityGraph.GraphQL.Utilities;
using SolidarityGraph.Testing;
using Snapshooter.Xunit;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

public sealed class SampleSchemaTests
{
    [Fact]
    public void PrintsTheSampleSchema() => Snapshot.Match(SchemaPrinter.Print(SampleSchema.Create()));

    [Fact]
    public async Task ExecutesProjectsWithArgumentsServicesAndDelegateFields()
    {
        var json = await CodeFirstHarness.ExecuteAsync(
            SampleSchema.Create(),
            """
            {
              projects(status: IN_PROGRESS) { id title summary status budget startsOn tags budgetShare(percent: 50) owner { name website } }
              all: projects(first: 1) { id }
            }
            """,
            services: SampleSchema.Services());
        Snapshot.Match(json);
    }

    [Fact]
    public async Task ResolvesTheNodeInterfaceFromTheClrType()
    {
        var json = await CodeFirstHarness.ExecuteAsync(
            SampleSchema.Create(),
            """
            {
              project: node(id: "p-2") { __typename id ... on Project { title } }
              organisation: node(id: "org-1") { __typename id ... on Organisation { name } }
              missing: node(id: "nope") { id }
            }
            """,
            services: SampleSchema.Services());
        Snapshot.Match(json);
    }
}
