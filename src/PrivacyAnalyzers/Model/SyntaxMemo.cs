using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// A fixed-size memo keyed by syntax node, for values that are cheap to compute again: a node's slot comes from its
    /// position, and a later node on the same slot replaces the earlier one. It takes no lock and never grows, where a
    /// shared dictionary locked, rehashed and grew for each of the thousands of keys a compilation has, most of them
    /// asked about once or twice in a row. Entries are immutable, so threads share the slots safely.
    /// </summary>
    internal sealed class SyntaxMemo<TValue>
    {
        private const int SlotBits = 10;

        private readonly Entry?[] _entries = new Entry?[1 << SlotBits];

        public bool TryGet(SyntaxNode node, out TValue value)
        {
            var entry = Volatile.Read(ref _entries[SlotOf(node)]);
            if (entry is not null && ReferenceEquals(entry.Node, node))
            {
                value = entry.Value;
                return true;
            }

            value = default!;
            return false;
        }

        public void Set(SyntaxNode node, TValue value) => Volatile.Write(ref _entries[SlotOf(node)], new Entry(node, value));

        // Fibonacci hashing spreads neighbouring positions (the branches of one statement) over distant slots.
        private static int SlotOf(SyntaxNode node) => (int)(unchecked((uint)node.SpanStart * 2654435769u) >> (32 - SlotBits));

        private sealed class Entry
        {
            public Entry(SyntaxNode node, TValue value)
            {
                Node = node;
                Value = value;
            }

            public SyntaxNode Node { get; }

            public TValue Value { get; }
        }
    }
}
