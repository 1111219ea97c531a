using SolidarityGraph.GraphQL.CodeFirst;
using SolidarityGraph.GraphQL.Execution;
using SolidarityGraph.GraphQL.Types;

namespace SolidarityGraph.GraphQL.Execution.Tests.CodeFirst;

/// <summary>Resolver methods that take a synchronized service are marked so the executor serialises them.</summary>
public sealed class ServiceSynchronizationBindingTests
{
    [Fact]
    public void ResolverMethodTakingASynchronizedServiceIsMarked()
    {
        var schema = Build();

        Assert.True(ServiceSynchronization.IsFieldSynchronized(QueryField(schema, "ledgerTotal")));
    }

    [Fact]
    public void ResolverMethodTakingAnOrdinaryServiceIsNotMarked()
    {
        var schema = Build();

        Assert.False(ServiceSynchronization.IsFieldSynchronized(QueryField(schema, "clockYear")));
        Assert.False(ServiceSynchronization.IsFieldSynchronized(QueryField(schema, "constant")));
    }

    [Fact]
    public async Task SchemasBuildConcurrentlyWithTheSameInferredTypes()
    {
        // Nullability inference once shared a non-thread-safe context between concurrent builds.
        var printed = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            CodeFirstHarness.FieldType(Build(), "Query.ledgerTotal") + CodeFirstHarness.FieldType(Build(), "Query.clockYear"))));

        Assert.All(printed, p => Assert.Equal("Int!Int!", p));
    }

    private static Schema Build() => new CodeFirstSchemaBuilder().AddTypeExtension(typeof(LedgerQueries)).Build();

    private static OutputField QueryField(Schema schema, string name) => schema.QueryType!.Fields[name];

    [SynchronizedService]
    public sealed class Ledger
    {
        public int Total => 42;
    }

    public sealed class Clock
    {
        public int Year => 2026;
    }

    [QueryType]
    private static class LedgerQueries
    {
        public static int GetLedgerTotal([Service] Ledger ledger) => ledger.Total;

        public static int GetClockYear([Service] Clock clock) => clock.Year;

        public static int GetConstant() => 1;
    }
}
