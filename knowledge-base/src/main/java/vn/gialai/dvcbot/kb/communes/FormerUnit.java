package vn.gialai.dvcbot.kb.communes;

/**
 * One row of {@code gia-lai-old-to-new.tsv}: a commune, ward or town before 1 July 2025 and the new unit it
 * (or, for a split commune, part of it) became.
 *
 * @param name as the source spells it, e.g. "Thị Trấn Diêu Trì"
 * @param district e.g. "Huyện Tuy Phước"
 * @param province "Tỉnh Gia Lai" or "Tỉnh Bình Định"
 */
public record FormerUnit(String name, String district, String province, String newCode, String newName) {
}
