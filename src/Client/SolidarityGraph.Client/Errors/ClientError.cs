using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>The immutable <see cref="IClientError"/>.</summary>
public sealed class ClientError : IClientError
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoExtensions = new Dictionary<string, JsonElement>();

    /// <summary>Creates an error.</summary>
    public ClientError(
        string message,
        string? code = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyList<ClientErrorLocation>? locations = null,
        IReadOnlyDictionary<string, JsonElement>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Code = code;
        Path = path ?? [];
        Locations = locations ?? [];
        Extensions = extensions ?? NoExtensions;
        Exception = exception;
    }

    /// <inheritdoc/>
    public string Message { get; }

    /// <inheritdoc/>
    public string? Code { get; }

    /// <inheritdoc/>
    public IReadOnlyList<object> Path { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ClientErrorLocation> Locations { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <inheritdoc/>
    public Exception? Exception { get; }

    /// <summary>The message with its code and path, e.g. <c>Not found [NOT_FOUND] at project.funding</c>.</summary>
    public override string ToString()
    {
        var text = Code is null ? Message : $"{Message} [{Code}]";
        return Path.Count == 0 ? text : $"{text} at {string.Join('.', Path)}";
    }
}
