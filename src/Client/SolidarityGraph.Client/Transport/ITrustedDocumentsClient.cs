namespace SolidarityGraph.Client;

/// <summary>
/// Marks a generated client whose operations the servers it talks to know as trusted documents: it sends document ids
/// by default (<see cref="GraphQLClientOptions.UseTrustedDocuments"/>). Declare it on the client's partial class,
/// e.g. <c>public sealed partial class PartnerClient : ITrustedDocumentsClient;</c>.
/// </summary>
public interface ITrustedDocumentsClient;
