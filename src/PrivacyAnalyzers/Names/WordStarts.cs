using System.Collections.Generic;

namespace PrivacyAnalyzers.Names
{
    /// <summary>
    /// The first three letters of a vocabulary's words, to tell in one pass over a name, with no split and no allocation,
    /// that none of its words can be one of them or an inflection or plural of one. Most names of a compilation
    /// (<c>GetAsync</c>, <c>Handle</c>, <c>VideoDto</c>) hold no event word, and splitting each of them into words cost
    /// more than the rest of classifying it.
    /// </summary>
    /// <remarks>
    /// Inflections and plurals (Unliked, Replies, Saving) keep all but the last letter of the word, so a word of four
    /// letters or more keeps its first three, and one of three letters its first two. A word of fewer than three
    /// letters can be none of them. A vocabulary word shorter than three letters, or not made of ASCII letters, lets
    /// every name through.
    /// </remarks>
    internal sealed class WordStarts
    {
        private const int Letters = 26;

        // [(first * 26 + second) * 26 + third]: some vocabulary word, or an inflection of it, starts with these letters.
        private readonly bool[] _starts = new bool[Letters * Letters * Letters];
        private readonly bool _admitsEveryName;

        public WordStarts(IEnumerable<string> vocabulary)
        {
            foreach (var word in vocabulary)
            {
                if (word.Length < 3 || !IsLetter(word[0]) || !IsLetter(word[1]) || !IsLetter(word[2]))
                {
                    _admitsEveryName = true;
                    return;
                }

                if (word.Length > 3)
                {
                    _starts[Index(word[0], word[1], word[2])] = true;
                    continue;
                }

                for (var third = 'a'; third <= 'z'; third++)
                {
                    _starts[Index(word[0], word[1], third)] = true;
                }
            }
        }

        /// <summary>
        /// Whether a word of <paramref name="name"/> may start like a vocabulary word. Every place where
        /// <see cref="NameWords.Split"/> may start a word is tried: a lower-case letter after a letter, or a digit after a
        /// digit, never starts one (Create is one word, not C and reate).
        /// </summary>
        public bool MayHoldWord(string name)
        {
            if (_admitsEveryName)
            {
                return true;
            }

            for (var i = 0; i + 2 < name.Length; i++)
            {
                if (i > 0 && ContinuesWord(name[i - 1], name[i]))
                {
                    continue;
                }

                if (StartsLikeAWord(name, i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="word"/>, one word of a split name, may be a vocabulary word or an inflection or plural of one.</summary>
        public bool MayBeWord(string word) => _admitsEveryName || (word.Length >= 3 && StartsLikeAWord(word, 0));

        /// <summary>
        /// The three letters at <paramref name="i"/> start a vocabulary word. Outside ASCII nothing is ruled out; a digit or
        /// separator among them makes a word too short to be one.
        /// </summary>
        private bool StartsLikeAWord(string text, int i)
        {
            char first = text[i], second = text[i + 1], third = text[i + 2];
            if (!IsAscii(first) || !IsAscii(second) || !IsAscii(third))
            {
                return true;
            }

            return IsLetter(first) && IsLetter(second) && IsLetter(third) && _starts[Index(first, second, third)];
        }

        private static bool ContinuesWord(char previous, char c) =>
            (char.IsLetter(previous) && char.IsLower(c)) || (char.IsDigit(previous) && char.IsDigit(c));

        private static bool IsAscii(char c) => c < 128;

        private static bool IsLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

        private static int Index(char first, char second, char third) =>
            (((Lower(first) * Letters) + Lower(second)) * Letters) + Lower(third);

        private static int Lower(char letter) => (letter | 0x20) - 'a';
    }
}
