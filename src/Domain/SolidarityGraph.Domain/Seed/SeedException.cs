namespace SolidarityGraph.Domain.Seed;

/// <summary>
/// A seed file that cannot be loaded: bad JSON, a missing or invalid field, or a reference to an unknown id.
/// The message always names the file, the record (its id or JSON index path) and the field, e.g.
/// <c>seed.json: fundings[2] (id 'funding:setec-mano-a-mano'), field 'currency': is required when 'amount' is set.</c>
/// Nothing is written when it is thrown: the loader rolls its transaction back.
/// </summary>
public sealed class SeedException : Exception
{
    /// <summary>Creates an error for one field of one record.</summary>
    public SeedException(string file, string record, string field, string problem, Exception? innerException = null)
        : base(Format(file, record, field, problem), innerException)
    {
        File = file;
        Record = record;
        Field = field;
        Problem = problem;
    }

    /// <summary>The seed file's name (no directory).</summary>
    public string File { get; }

    /// <summary>The record: its JSON index path, with its id when it has one, e.g. <c>fundings[2] (id 'funding:x')</c>.</summary>
    public string Record { get; }

    /// <summary>The offending field, e.g. <c>currency</c> or <c>citations[0].quote</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    internal static string Format(string file, string record, string field, string problem) =>
        $"{file}: {record}, field '{field}': {problem}";
}
