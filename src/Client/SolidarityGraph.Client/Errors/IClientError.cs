using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>A GraphQL error from the server, or a transport failure described the same way.</summary>
public interface IClientError
{
    /// <summary>The message.</summary>
    string Message { get; }

    /// <summary><c>extensions.code</c> for GraphQL errors; a <see cref="ClientErrorCodes"/> value for transport failures.</summary>
    string? Code { get; }

    /// <summary>The response path of the field in error (names and list indexes); empty when none.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>Locations in the operation document; empty when none.</summary>
    IReadOnlyList<ClientErrorLocation> Locations { get; }

    /// <summary>The error's <c>extensions</c> (the code included); empty when none.</summary>
    IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>The exception behind a transport failure, if any.</summary>
    Exception? Exception { get; }
}

/// <summary>A line and column in the operation document (1-based).</summary>
public readonly record struct ClientErrorLocation(int Line, int Column);
