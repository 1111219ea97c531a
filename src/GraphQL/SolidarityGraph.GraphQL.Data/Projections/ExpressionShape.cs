using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text;

namespace SolidarityGraph.GraphQL.Data.Projections;

/// <summary>
/// Splits an expression tree into its shape and its constants: every <see cref="ConstantExpression"/> becomes a read
/// of a <c>object[]</c> parameter, and <see cref="Key"/> describes the rest (node kinds, types, members, methods).
/// Two trees with the same key compile to the same delegate, so the delegate can be cached and fed the constants of
/// each request. A node kind the key does not describe makes the tree <see cref="Cacheable"/> = false.
/// </summary>
internal sealed class ExpressionShape : ExpressionVisitor
{
    private static readonly ConcurrentDictionary<object, int> Ids = new();
    private static int lastId;

    private readonly StringBuilder key = new();
    private readonly List<object?> constants = new();
    private readonly Dictionary<ParameterExpression, int> parameters = new();

    private ExpressionShape(ParameterExpression constantsParameter) => ConstantsParameter = constantsParameter;

    /// <summary>The <c>object[]</c> parameter the rewritten tree reads its constants from.</summary>
    public ParameterExpression ConstantsParameter { get; }

    /// <summary>The tree with its constants replaced by reads of <see cref="ConstantsParameter"/>.</summary>
    public Expression Body { get; private set; } = null!;

    public string Key => key.ToString();

    public object?[] Constants => constants.ToArray();

    public bool Cacheable { get; private set; } = true;

    public static ExpressionShape Of(Expression expression)
    {
        var shape = new ExpressionShape(Expression.Parameter(typeof(object[]), "constants"));
        shape.Body = shape.Visit(expression)!;
        return shape;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            key.Append("~;");
            return null;
        }

        key.Append((int)node.NodeType).Append(':').Append(Id(node.Type));
        switch (node)
        {
            case MemberExpression member:
                key.Append('m').Append(Id(member.Member));
                break;
            case MethodCallExpression call:
                key.Append('c').Append(Id(call.Method));
                break;
            case UnaryExpression unary:
                key.Append('u').Append(Id(unary.Method));
                break;
            case BinaryExpression binary:
                key.Append('b').Append(Id(binary.Method)).Append(binary.IsLiftedToNull ? 'l' : 'n');
                break;
            case NewExpression created:
                key.Append('n').Append(Id(created.Constructor)).Append(created.Members?.Count ?? -1);
                break;
            case TypeBinaryExpression typeBinary:
                key.Append('t').Append(Id(typeBinary.TypeOperand));
                break;
            case LambdaExpression lambda:
                key.Append('f').Append(lambda.Parameters.Count);
                break;
            case ParameterExpression parameter:
                if (!parameters.TryGetValue(parameter, out var index))
                {
                    parameters[parameter] = index = parameters.Count;
                }

                key.Append('p').Append(index);
                break;
            case ConditionalExpression or MemberInitExpression or NewArrayExpression or ConstantExpression or DefaultExpression:
                break;
            default:
                // Invocation, blocks, switches…: not produced by the planner; compile such trees uncached.
                Cacheable = false;
                break;
        }

        key.Append(';');
        return base.Visit(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        constants.Add(node.Value);
        var read = Expression.ArrayIndex(ConstantsParameter, Expression.Constant(constants.Count - 1));
        return Expression.Convert(read, node.Type);
    }

    protected override MemberBinding VisitMemberBinding(MemberBinding node)
    {
        key.Append('B').Append((int)node.BindingType).Append(':').Append(Id(node.Member)).Append(';');
        if (node.BindingType != MemberBindingType.Assignment)
        {
            Cacheable = false;
        }

        return base.VisitMemberBinding(node);
    }

    protected override ElementInit VisitElementInit(ElementInit node)
    {
        Cacheable = false;
        return base.VisitElementInit(node);
    }

    private static int Id(object? item) => item is null ? -1 : Ids.GetOrAdd(item, _ => Interlocked.Increment(ref lastId));
}
