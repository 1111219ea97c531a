using System.Text.Json;

namespace SolidarityGraph.Client;

/// <summary>Writes an operation's variables as the members of the <c>variables</c> object.</summary>
public delegate void VariablesWriter(Utf8JsonWriter writer);

/// <summary>Reads an operation's <c>data</c> value; generated per operation over <see cref="Utf8JsonReader"/>.</summary>
public delegate T? DataParser<T>(ref Utf8JsonReader reader)
    where T : class;

/// <summary>One request to send: the document, its trusted-document hash, the variables and extra headers.</summary>
/// <param name="Name">The operation name.</param>
/// <param name="Document">The printed document (the operation and the fragments it uses).</param>
/// <param name="Hash">The lowercase SHA-256 hex of <paramref name="Document"/> in UTF-8 (the trusted-document id).</param>
/// <param name="Variables">Writes the variables, or <see langword="null"/> when there are none.</param>
/// <param name="Headers">Headers added to this request only.</param>
public sealed record OperationRequest(
    string Name,
    string Document,
    string Hash,
    VariablesWriter? Variables,
    IReadOnlyList<KeyValuePair<string, string>> Headers);
