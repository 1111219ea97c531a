namespace SolidarityGraph.Api.Schema;

/// <summary>
/// <c>@listSize(assumedSize:)</c> of the plain per-record lists, which have no slicing argument: what the cost analysis
/// counts for one parent's list instead of the default 10. Measured on the seed dataset (mean per parent that has any,
/// rounded up; the largest in brackets) so that natural nested queries without <c>first:</c> fit the default maximum
/// of 1,000 while a list that is long for real still costs its length's worth: citations 1.45 (11) per cited record,
/// indicator values 1.14 (3) per indicator, results 4.0 (7), trainings 5.0 (5), events 3.5 (4) per project and
/// 4.0 (4) per series, indicators 1.56 (5) per result, budgets, campaigns and contact roles 1.0 (1).
/// </summary>
internal static class ListSizes
{
    public const int Citations = 2;
    public const int IndicatorValues = 3;
    public const int Results = 5;
    public const int Trainings = 5;
    public const int Events = 5;
    public const int Indicators = 3;
    public const int Budgets = 2;
    public const int Campaigns = 2;
    public const int Roles = 2;
}
