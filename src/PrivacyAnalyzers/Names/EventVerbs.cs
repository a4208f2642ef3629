
namespace PrivacyAnalyzers.Names
{
    /// <summary>Matches a word against an event verb and its inflections: Unlike, Unlikes, Unliked, Unliking (not the agent noun Unliker).</summary>
    /// <remarks>
    /// Every word of every type, member and method name is matched against every event verb of the policy, so this
    /// compares in place and allocates nothing; a differing first letter, the common case, rejects at once.
    /// </remarks>
    internal static class EventVerbs
    {
        public static bool IsInflectionOf(string word, string verb)
        {
            if (word.Length == 0 || verb.Length == 0 || char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(verb[0]))
            {
                return false;
            }

            if (NameWords.StartsWith(word, verb, verb.Length)
                && (word.Length == verb.Length || IsInflectionSuffix(word, verb.Length) || IsDoubledConsonantInflection(word, verb)))
            {
                return true;
            }

            return IsInflectionOfChangedStem(word, verb);
        }

        /// <summary>A final 'e' is dropped before -ing/-ed (Save: Saving, Saved); a final 'y' becomes 'i' (Reply: Replied).</summary>
        private static bool IsInflectionOfChangedStem(string word, string verb)
        {
            var last = char.ToLowerInvariant(verb[verb.Length - 1]);
            var stemLength = verb.Length - 1;
            if ((last != 'e' && last != 'y') || !NameWords.StartsWith(word, verb, stemLength))
            {
                return false;
            }

            return last == 'e'
                ? NameWords.EndsAt(word, stemLength, "ing") || NameWords.EndsAt(word, stemLength, "ed")
                : NameWords.EndsAt(word, stemLength, "ies") || NameWords.EndsAt(word, stemLength, "ied");
        }

        /// <summary>Whether the rest of <paramref name="word"/> from <paramref name="start"/> is -s, -es, -d, -ed or -ing.</summary>
        private static bool IsInflectionSuffix(string word, int start) =>
            NameWords.EndsAt(word, start, "s")
            || NameWords.EndsAt(word, start, "es")
            || NameWords.EndsAt(word, start, "d")
            || NameWords.EndsAt(word, start, "ed")
            || NameWords.EndsAt(word, start, "ing");

        /// <summary>A doubled final consonant before the suffix: Unstar: Unstarred, Unstarring.</summary>
        private static bool IsDoubledConsonantInflection(string word, string verb) =>
            word.Length > verb.Length + 1
            && char.ToLowerInvariant(word[verb.Length]) == char.ToLowerInvariant(verb[verb.Length - 1])
            && IsInflectionSuffix(word, verb.Length + 1);
    }
}
