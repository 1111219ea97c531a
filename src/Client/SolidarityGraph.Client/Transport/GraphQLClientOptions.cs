namespace SolidarityGraph.Client;

/// <summary>Options of one generated client.</summary>
public sealed class GraphQLClientOptions
{
    /// <summary>
    /// Send <c>{"documentId":"sha256:&lt;hex&gt;"}</c> instead of the document text (trusted documents). On by default
    /// for a client marked <see cref="ITrustedDocumentsClient"/> (the ready-made <c>SolidarityGraphClient</c>, whose
    /// manifest ships with it), off for other generated clients: the server must know a build's manifest first.
    /// </summary>
    public bool UseTrustedDocuments { get; set; }

    /// <summary>
    /// When the server does not know a document id (<c>PERSISTED_DOCUMENT_NOT_FOUND</c>: its manifests lack this
    /// build's), send the operation's text instead, at once and from then on for that operation. Default on; a server
    /// that runs trusted documents only still refuses the text (<c>PERSISTED_DOCUMENT_REQUIRED</c>). Off: the
    /// <c>PERSISTED_DOCUMENT_NOT_FOUND</c> error is returned as it is.
    /// </summary>
    public bool FallBackToDocumentText { get; set; } = true;
}
