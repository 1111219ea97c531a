// TEMPORARY probe (removed before hand-off).
using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using SolidarityGraph.GraphQL.Language;

namespace SolidarityGraph.Benchmarks;

internal static class AllocProbe
{
    public static void Run()
    {
        foreach (var name in BenchmarkDocuments.Names)
        {
            var utf8 = BenchmarkDocuments.GetUtf8(name);
            for (int i = 0; i < 2000; i++) Parser.Parse(utf8);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var a = Parser.Parse(utf8);
            long total = GC.GetAllocatedBytesForCurrentThread() - before;
            var b = Parser.Parse(utf8);
            var tally = new Dictionary<string, (int Count, long Bytes)>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Walk(a, b, tally, seen);
            Console.WriteLine($"== {name}: {total} B per parse");
            long sum = 0;
            foreach (var (k, v) in tally.OrderByDescending(kv => kv.Value.Bytes))
            {
                Console.WriteLine($"  {k,-34} {v.Count,5} {v.Bytes,7}");
                sum += v.Bytes;
            }
            Console.WriteLine($"  accounted {sum}");
        }
    }

    static long SizeOf(Type t)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        RuntimeHelpers.GetUninitializedObject(t);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    static void Add(Dictionary<string, (int, long)> t, string k, long bytes)
    {
        t.TryGetValue(k, out var v);
        t[k] = (v.Item1 + 1, v.Item2 + bytes);
    }

    static void Walk(object a, object b, Dictionary<string, (int, long)> t, HashSet<object> seen)
    {
        if (a is null || !seen.Add(a)) return;
        if (a is string s)
        {
            if (!ReferenceEquals(a, b)) Add(t, "string", (22 + 2 * s.Length + 7) / 8 * 8);
            return;
        }
        if (a is Array arr)
        {
            if (arr.Length > 0) Add(t, "array", 24 + 8 * arr.Length);
            var bb = (Array)b;
            for (int i = 0; i < arr.Length; i++) Walk(arr.GetValue(i)!, bb.GetValue(i)!, t, seen);
            return;
        }
        if (a is SyntaxNode)
        {
            var type = a.GetType();
            Add(t, type.Name, SizeOf(type));
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (p.GetIndexParameters().Length > 0) continue;
                if (p.PropertyType.IsValueType && p.PropertyType != typeof(object)) continue;
                var va = p.GetValue(a);
                if (va is null) continue;
                Walk(va, p.GetValue(b)!, t, seen);
            }
            return;
        }
        Add(t, "other:" + a.GetType().Name, 0);
    }
}
