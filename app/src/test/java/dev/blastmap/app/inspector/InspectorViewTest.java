package dev.blastmap.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InspectorViewTest {

    @Test
    void longIdsAndDnsNamesMayWrapOnlyBetweenTheirParts() {
        assertThat(InspectorView.breakable("dynamodb.us-east-1.amazonaws.com"))
                .isEqualTo("dynamodb.\u200Bus-\u200Beast-\u200B1.\u200Bamazonaws.\u200Bcom");
        assertThat(InspectorView.breakable("aws_db_instance.main")).isEqualTo("aws_\u200Bdb_\u200Binstance.\u200Bmain");
        assertThat(InspectorView.breakable("Snapchat")).isEqualTo("Snapchat");
        assertThat(InspectorView.breakable("ends with a dot.")).isEqualTo("ends with a dot.");
    }
}
