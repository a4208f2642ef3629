using System.Threading;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The last key each thread asked about, with its value. The driver hands an analyzer one body's operations, and one
    /// type's members, one after the other, so the last answer serves most questions without a look-up. Threads share a
    /// slot by their id; a miss only costs the caller its own look-up. Held by the model, so it lives no longer than
    /// the compilation.
    /// </summary>
    internal sealed class LastByThread<TKey, TValue>
        where TKey : class
    {
        private const int Slots = 8;

        private readonly Entry?[] _entries = new Entry?[Slots];

        public bool TryGet(TKey key, out TValue value)
        {
            var entry = Volatile.Read(ref _entries[Slot]);
            if (entry is not null && ReferenceEquals(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }

            value = default!;
            return false;
        }

        public void Set(TKey key, TValue value) => Volatile.Write(ref _entries[Slot], new Entry(key, value));

        private static int Slot => Thread.CurrentThread.ManagedThreadId & (Slots - 1);

        private sealed class Entry
        {
            public Entry(TKey key, TValue value)
            {
                Key = key;
                Value = value;
            }

            public TKey Key { get; }

            public TValue Value { get; }
        }
    }
}
