namespace SolidarityGraph.Client;

/// <summary>Options of one generated client.</summary>
public sealed class GraphQLClientOptions
{
    /// <summary>
    /// Send <c>{"documentId":"sha256:&lt;hex&gt;"}</c> instead of the document text (trusted documents). Off by default:
    /// the server must know the build's manifest first.
    /// </summary>
    public bool UseTrustedDocuments { get; set; }
}
