namespace SolidarityGraph.Api.TrustedDocuments;

/// <summary>Configuration section <c>TrustedDocuments</c>.</summary>
public sealed class TrustedDocumentOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "TrustedDocuments";

    /// <summary>
    /// Manifest files (<c>{ "&lt;sha256 hex&gt;": "&lt;document&gt;" }</c>, as the typed client's build writes them) loaded
    /// at start; relative paths are resolved against the working directory.
    /// </summary>
    public List<string> Manifests { get; set; } = [];

    /// <summary>Where manifests uploaded in the admin are kept (and loaded from at start). Default <c>trusted-documents</c> beside the database file.</summary>
    public string? UploadFolder { get; set; }

    /// <summary>Every caller may run trusted documents only. Default off; per client: <c>RateLimits:Clients:&lt;id&gt;:TrustedDocumentsOnly</c>.</summary>
    public bool Only { get; set; }
}
