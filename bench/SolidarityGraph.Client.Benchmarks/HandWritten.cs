using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SolidarityGraph.Client.Benchmarks;

/// <summary>
/// The ceiling: what a careful developer writes by hand for the same document: one POST, System.Text.Json source
/// generation into records equivalent to the generated result types.
/// </summary>
internal sealed class HandWritten(HttpClient http, Uri endpoint)
{
    public async Task<ProjectsResponse> GetProjectsAsync(int first, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new ProjectsRequest(GetProjectsQuery.Document, "GetProjects", new ProjectsVariables(first)), CeilingJson.Default.ProjectsRequest);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(endpoint, content, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return (await JsonSerializer.DeserializeAsync(stream, CeilingJson.Default.ProjectsResponse, cancellationToken))!;
    }
}

internal sealed record ProjectsRequest(string Query, string OperationName, ProjectsVariables Variables);

internal sealed record ProjectsVariables(int First);

internal sealed record ProjectsResponse(ProjectsData? Data, IReadOnlyList<ResponseError>? Errors);

internal sealed record ResponseError(string Message);

internal sealed record ProjectsData(ProjectConnection? Projects);

internal sealed record ProjectConnection(int TotalCount, PageInfo PageInfo, IReadOnlyList<ProjectNode>? Nodes);

internal sealed record PageInfo(bool HasNextPage, string? EndCursor);

internal sealed record ProjectNode(string Id, string Title, ProjectKind Kind, ActivityStatus? Status, long Version);

internal sealed class ProjectKindConverter() : JsonStringEnumConverter<ProjectKind>(JsonNamingPolicy.SnakeCaseUpper);

internal sealed class ActivityStatusConverter() : JsonStringEnumConverter<ActivityStatus>(JsonNamingPolicy.SnakeCaseUpper);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(ProjectKindConverter), typeof(ActivityStatusConverter)])]
[JsonSerializable(typeof(ProjectsRequest))]
[JsonSerializable(typeof(ProjectsResponse))]
internal sealed partial class CeilingJson : JsonSerializerContext;
