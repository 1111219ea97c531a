using System.Text.Json.Serialization;

namespace SolidarityGraph.Bench.Calibration;

// data.json, as written by bench/scenario/generate-data.mjs.
internal sealed record ScenarioData(List<AuthorRow> Authors, List<BookRow> Books, List<ReviewRow> Reviews);
internal sealed record AuthorRow(string Id, string Name, string Company);
internal sealed record BookRow(string Id, string AuthorId, string Name, int NumPages);
internal sealed record ReviewRow(string Id, string BookId, int Stars, string Body);

// Response shapes: property order is the selection order of each query, as GraphQL requires.
internal sealed record Response<T>(T Data);
internal sealed record HelloData(string Hello);
internal sealed record AuthorQ1v(AuthorSummary Author);
internal sealed record AuthorSummary(string Id, string Name, string Company);
internal sealed record AuthorsQ2(List<AuthorQ2> Authors);
internal sealed record AuthorQ2(string Id, string Name, string Md5, List<BookQ2> Books);
internal sealed record BookQ2(string Id, string Name);
internal sealed record AuthorsQ3(List<AuthorQ3> Authors);
internal sealed record AuthorQ3(string Id, string Name, List<BookQ3> Books);
internal sealed record BookQ3(string Id, string Name, int NumPages, List<ReviewQ3> Reviews);
internal sealed record ReviewQ3(string Id, int Stars, string Body);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ScenarioData))]
[JsonSerializable(typeof(Response<HelloData>))]
[JsonSerializable(typeof(Response<AuthorQ1v>))]
[JsonSerializable(typeof(Response<AuthorsQ2>))]
[JsonSerializable(typeof(Response<AuthorsQ3>))]
internal sealed partial class CalibrationJson : JsonSerializerContext;
