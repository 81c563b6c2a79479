//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::if`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IfParams {
    pub if2: ::std::option::Option<::std::string::String>,
    pub if3: ::std::option::Option<::std::string::String>,
    pub if4: ::std::option::Option<::std::string::String>,
}
impl IfParams {
    /// Sets `if2`.
    #[must_use]
    pub fn if2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.if2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `if3`.
    #[must_use]
    pub fn if3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.if3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `if4`.
    #[must_use]
    pub fn if4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.if4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::if`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IfOkHeaders {
    pub r#if: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::if`].
#[derive(Debug, Clone, PartialEq)]
pub enum IfResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IfOkHeaders },
}
/// Documented error responses of [`super::Client::if`].
#[derive(Debug, Clone, PartialEq)]
pub enum IfError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::if_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum IfPostError {}
impl super::Client {
    /// */ operation if "#
    ///
    /// `GET /op11/{if}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#if(
        &self,
        r#if: &str,
        params: &IfParams,
    ) -> ::std::result::Result<IfResponse, super::Error<IfError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op11/");
        url.push_str(
            &super::runtime::path_param(
                "if",
                &super::runtime::to_value("if", &r#if)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.if2 {
            let v = super::runtime::to_value("if", v)?;
            super::runtime::push_param(&mut query, "if", &v, "form", true);
        }
        if let Some(v) = &params.if3 {
            let v = super::runtime::to_value("if", v)?;
            headers.push(("if", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.if4 {
            let v = super::runtime::to_value("if", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "if", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[11usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("if", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "if", method = "GET", path = "/op11/{if}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("if", status, &response_headers);
        match status {
            200 => {
                let headers = IfOkHeaders {
                    r#if: super::runtime::optional_header(
                        &response_headers,
                        "if",
                        status,
                    )?,
                };
                Ok(IfResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        IfError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(IfError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            IfError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op11/{if}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn if_post(
        &self,
        r#if: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<IfPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op11/");
        url.push_str(
            &super::runtime::path_param(
                "if",
                &super::runtime::to_value("if", &r#if)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self.run_request_hooks("if_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "if_post", method = "POST", path =
            "/op11/{if}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("if_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        IfPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
