package vn.gialai.dvcbot.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void phoneNumbersAreMaskedHoweverTheyAreWritten() {
        assertThat(PersonalData.mask("gọi em 0905123456 nhé")).isEqualTo("gọi em [số điện thoại] nhé");
        assertThat(PersonalData.mask("sdt 0905 123 456")).isEqualTo("sdt [số điện thoại]");
        assertThat(PersonalData.mask("số +84 905.123.456 ạ")).isEqualTo("số [số điện thoại] ạ");
    }

    @Test
    void twelveDigitIdNumbersAreMasked() {
        assertThat(PersonalData.mask("cccd 052093001234 bị mất")).isEqualTo("cccd [số giấy tờ] bị mất");
        assertThat(PersonalData.mask("cmnd số 231456789")).isEqualTo("cmnd số [số giấy tờ]");
    }

    @Test
    void emailAddressesAreMasked() {
        assertThat(PersonalData.mask("gửi về nguyen.van.a@gmail.com giúp")).isEqualTo("gửi về [email] giúp");
    }

    @Test
    void theNameAfterTenToiLaIsMaskedWithOrWithoutAccents() {
        assertThat(PersonalData.mask("Tên tôi là Nguyễn Văn An, muốn hỏi làm căn cước"))
                .isEqualTo("Tên tôi là [tên], muốn hỏi làm căn cước");
        assertThat(PersonalData.mask("ten toi la tran thi b")).isEqualTo("ten toi la [tên]");
        assertThat(PersonalData.mask("em tên Hoa. cho hỏi khai sinh")).isEqualTo("em tên [tên]. cho hỏi khai sinh");
    }

    @Test
    void ordinaryNumbersInAQuestionStay() {
        assertThat(PersonalData.mask("trẻ dưới 14 tuổi làm căn cước mất 7 ngày, lệ phí 30000"))
                .isEqualTo("trẻ dưới 14 tuổi làm căn cước mất 7 ngày, lệ phí 30000");
        assertThat(PersonalData.mask("năm 2025")).isEqualTo("năm 2025");
    }

    @Test
    void nothingToMaskGivesTheSameText() {
        assertThat(PersonalData.mask("làm sổ đỏ ở đâu")).isEqualTo("làm sổ đỏ ở đâu");
        assertThat(PersonalData.mask(null)).isEmpty();
    }
}
