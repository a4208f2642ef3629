using System.Collections.Generic;

namespace PrivacyAnalyzers.Model
{
    /// <summary>
    /// The first two letters of a vocabulary's words, to tell in one pass over a name, with no split and no allocation,
    /// that none of its words can be one of them or an inflection or plural of one. Most names of a compilation
    /// (<c>GetAsync</c>, <c>Handle</c>, <c>VideoDto</c>) hold no event word, and splitting each of them into words cost
    /// more than the rest of classifying it.
    /// </summary>
    /// <remarks>
    /// Inflections and plurals (Unliked, Replies, Saving) keep all but the last letter of the word, so they keep its first
    /// two letters when it has three or more. A shorter word, or a letter outside ASCII, lets every name through.
    /// </remarks>
    internal sealed class WordStarts
    {
        private const int Letters = 128;

        // [first * 128 + second], lower-cased: some vocabulary word starts with these two letters.
        private readonly bool[] _pairs = new bool[Letters * Letters];
        private readonly bool _admitsEveryName;

        public WordStarts(IEnumerable<string> vocabulary)
        {
            foreach (var word in vocabulary)
            {
                if (word.Length < 3 || !IsAscii(word[0]) || !IsAscii(word[1]))
                {
                    _admitsEveryName = true;
                    return;
                }

                _pairs[Index(word[0], word[1])] = true;
            }
        }

        /// <summary>
        /// Whether a word of <paramref name="name"/> may start like a vocabulary word. Every place where
        /// <see cref="NameWords.Split"/> may start a word is tried; a lower-case letter or a digit that follows one of its
        /// own kind never starts one.
        /// </summary>
        public bool MayHoldWord(string name)
        {
            if (_admitsEveryName)
            {
                return true;
            }

            for (var i = 0; i + 1 < name.Length; i++)
            {
                var c = name[i];
                if (i > 0 && ContinuesWord(name[i - 1], c))
                {
                    continue;
                }

                var next = name[i + 1];
                if (!IsAscii(c) || !IsAscii(next) || _pairs[Index(c, next)])
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContinuesWord(char previous, char c) =>
            (char.IsLower(previous) && char.IsLower(c)) || (char.IsDigit(previous) && char.IsDigit(c));

        private static bool IsAscii(char c) => c < Letters;

        private static int Index(char first, char second) => (char.ToLowerInvariant(first) * Letters) + char.ToLowerInvariant(second);
    }
}
