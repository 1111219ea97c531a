namespace SolidarityGraph.Client;

/// <summary>
/// The ready-made client runs its operations by document id: its manifest is a build output of this package
/// (<c>SolidarityGraphClient.trusted-documents.json</c>) that the server loads, and a server without it gets the text
/// instead (<see cref="GraphQLClientOptions.FallBackToDocumentText"/>).
/// </summary>
public sealed partial class SolidarityGraphClient : ITrustedDocumentsClient;
