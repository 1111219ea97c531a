namespace SolidarityGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Banana Cake Pop served under <c>{path}/</c> (PARITY.md §12). The <c>bcp-config.json</c> members keep Hot
/// Chocolate's names and meaning (PARITY.md §12.2–12.3).
/// </summary>
public sealed class BananaCakePopOptions
{
    /// <summary>The folder below the application base directory that the build copies the IDE's files to.</summary>
    public const string DefaultFolderName = "bananacakepop";

    /// <summary>Serve the IDE. <see langword="null"/> (the default) means "in Development only".</summary>
    public bool? Enable { get; set; }

    /// <summary>Appended to the browser tab title. Default "SolidarityGraph".</summary>
    public string? Title { get; set; } = "SolidarityGraph";

    /// <summary>The document a new tab starts with, or <see langword="null"/> for the IDE's own default.</summary>
    public string? Document { get; set; }

    /// <summary>Take the GraphQL endpoint from the page address (the IDE at <c>/graphql/</c> posts to <c>/graphql</c>). Default on.</summary>
    public bool UseBrowserUrlAsEndpoint { get; set; } = true;

    /// <summary>The GraphQL endpoint: relative when <see cref="UseBrowserUrlAsEndpoint"/> is on, else absolute; <see langword="null"/> by default.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Send cookies with the IDE's requests; <see langword="null"/> leaves the IDE's default (off).</summary>
    public bool? IncludeCookies { get; set; }

    /// <summary>Default HTTP headers of the IDE's requests; <see langword="null"/> for none.</summary>
    public IDictionary<string, string>? HttpHeaders { get; set; }

    /// <summary>Send queries with GET (<see langword="true"/>) or POST (<see langword="false"/>); <see langword="null"/> leaves the IDE's default (POST).</summary>
    public bool? UseGet { get; set; }

    /// <summary>A Google Analytics id for the IDE, or <see langword="null"/>.</summary>
    public string? GaTrackingId { get; set; }

    /// <summary>
    /// Disable the IDE's telemetry. Default <see langword="true"/>: an analyst's browser sends nothing to the IDE's
    /// vendor (offline, the attempt showed as an error on every load). <see langword="false"/> or
    /// <see langword="null"/> (the IDE's own default) turn it back on.
    /// </summary>
    public bool? DisableTelemetry { get; set; } = true;

    /// <summary>
    /// Where the IDE's files are; <see langword="null"/> means <c>&lt;app base directory&gt;/bananacakepop</c>, where
    /// the build of SolidarityGraph.GraphQL.AspNetCore puts them.
    /// </summary>
    public string? FilesPath { get; set; }
}
