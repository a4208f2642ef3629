namespace PrivacyAnalyzers.Editing
{
    /// <summary>What a fix does to an exposed member and to every place that writes it.</summary>
    internal enum MemberEdit
    {
        /// <summary>Delete the member, its initializer assignments and its constructor arguments.</summary>
        Remove,

        /// <summary>Turn a collection into an <c>int …Count</c>, and every value written to it into its count.</summary>
        ReplaceWithCount,

        /// <summary>
        /// What <see cref="ReplaceWithCount"/> does when the type already holds the count (<c>LikeCount</c> beside
        /// <c>LikedByUserIds</c>): delete the collection and what writes it, and read its count from the existing member.
        /// </summary>
        ReuseCount,
    }
}
