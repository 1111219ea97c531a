using System.Runtime.CompilerServices;
using SolidarityGraph.Testing.Databases;

namespace SolidarityGraph.Api.Tests;

/// <summary>Selects PostgreSQL for this assembly before any fixture reads <see cref="TestProvider"/>.</summary>
internal static class PostgresRun
{
    [ModuleInitializer]
    internal static void SelectPostgres() => Environment.SetEnvironmentVariable(TestProvider.Variable, "Postgres");
}
