using System.Text;
using System.Text.Json;
using SolidarityGraph.Conformance.Engine;
using SolidarityGraph.GraphQL.Execution;

namespace SolidarityGraph.GraphQL.Execution.Tests.Conformance;

/// <summary>Runs oracle-format cases through the engine runner in-process (the same code as <c>tests/conformance/engine</c>).</summary>
internal static class EngineRunner
{
    public static async Task<string> RunAsync(string casesJson)
    {
        using var document = JsonDocument.Parse(casesJson);
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, ResultWriter.Options()))
        {
            writer.WriteStartArray();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                await CaseRunner.RunAsync(ConformanceCase.Read(item), writer);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
