package dev.blastmap.io.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

class TemplateReferencesTest {

    private static List<String> names(String yaml) {
        Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        return TemplateReferences.in(node).stream().map(TemplateReferences.Reference::name).toList();
    }

    @Test
    void shortAndLongFormsAreBothFound() {
        assertThat(names("a: !Ref Queue\nb: !GetAtt Table.Arn\nc: !GetAtt [Role, Arn]\n")).containsExactly("Queue", "Table", "Role");
        assertThat(names("{\"a\": {\"Ref\": \"Queue\"}, \"b\": {\"Fn::GetAtt\": [\"Table\", \"Arn\"]}}")).containsExactly("Queue", "Table");
    }

    @Test
    void subNamesItsVariablesButNotItsOwnOrEscapedOnes() {
        assertThat(names("a: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}/${!Literal}/${Api.Id}'\n"))
                .containsExactly("AWS::Partition", "Bucket", "Api");
        assertThat(names("a: !Sub\n  - '${Name}-${Other}'\n  - Name: !Ref Stage\n")).containsExactly("Other", "Stage");
        assertThat(names("{\"a\": {\"Fn::Sub\": \"${Queue.Arn}\"}}")).containsExactly("Queue");
    }

    @Test
    void referencesInsideOtherFunctionsAreFound() {
        assertThat(names("a: !Join ['', [!Ref A, !If [Cond, !GetAtt B.Arn, !Ref 'AWS::NoValue']]]\n"))
                .containsExactly("A", "B", "AWS::NoValue");
    }
}
