using System.Text.Json;
using SolidarityGraph.Conformance.Engine;
using SolidarityGraph.GraphQL.Execution;

// The engine runner contract (../../shared/conformance/README.md): oracle-format cases on stdin (one case or an
// array), outputs in the oracle's format on stdout, in the same order.
using var input = Console.OpenStandardInput();
using var document = await JsonDocument.ParseAsync(input);
var root = document.RootElement;
var cases = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : new List<JsonElement> { root };

using var stdout = Console.OpenStandardOutput();
await using var writer = new Utf8JsonWriter(stdout, ResultWriter.Options(args.Contains("--pretty")));
if (root.ValueKind == JsonValueKind.Array)
{
    writer.WriteStartArray();
}

foreach (var item in cases)
{
    await CaseRunner.RunAsync(ConformanceCase.Read(item), writer);
    await writer.FlushAsync();
}

if (root.ValueKind == JsonValueKind.Array)
{
    writer.WriteEndArray();
}

await writer.FlushAsync();
await stdout.WriteAsync("\n"u8.ToArray());
