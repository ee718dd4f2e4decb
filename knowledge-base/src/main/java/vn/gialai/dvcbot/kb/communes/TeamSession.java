package vn.gialai.dvcbot.kb.communes;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One day a commune's volunteer team is out to help citizens.
 *
 * @param kind e.g. "Ngày thứ bảy tình nguyện", "Ngày chủ nhật xanh", "Buổi hỗ trợ lưu động"
 */
public record TeamSession(LocalDate date, LocalTime from, LocalTime to, String place, String kind) {
}
