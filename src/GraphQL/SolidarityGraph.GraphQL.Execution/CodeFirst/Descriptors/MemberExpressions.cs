using System.Linq.Expressions;
using System.Reflection;

namespace SolidarityGraph.GraphQL.CodeFirst.Descriptors;

/// <summary>Reads the member selected by a descriptor lambda such as <c>p =&gt; p.Title</c> or <c>r =&gt; r.GetOwner(default!)</c>.</summary>
internal static class MemberExpressions
{
    public static MemberInfo GetMember(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        return body switch
        {
            MemberExpression { Member: PropertyInfo or FieldInfo } member => member.Member,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException(
                $"Expected a property, field or method of the parameter, e.g. p => p.Title; found {expression.Body}.", nameof(expression)),
        };
    }
}
